build-clang/obj/kbuild/check.o: src/kbuild/check.c src/kbuild/kbuild.h \
  src/base/diag.h src/dtoc.h src/base/base.h src/resolve/resolve.h \
  src/dtb/dtb.h src/model.h src/scan/scan.h

src/kbuild/kbuild.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/resolve/resolve.h:

src/dtb/dtb.h:

src/model.h:

src/scan/scan.h:
