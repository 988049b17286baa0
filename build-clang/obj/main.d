build-clang/obj/main.o: src/main.c src/base/diag.h src/dtoc.h \
  src/base/base.h src/dtb/dtb.h src/model.h src/emit/emit.h \
  src/resolve/resolve.h src/scan/scan.h src/kbuild/kbuild.h \
  src/variant/variant.h

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/dtb/dtb.h:

src/model.h:

src/emit/emit.h:

src/resolve/resolve.h:

src/scan/scan.h:

src/kbuild/kbuild.h:

src/variant/variant.h:
