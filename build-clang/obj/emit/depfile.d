build-clang/obj/emit/depfile.o: src/emit/depfile.c \
  src/bindings/bindings.h src/dtb/dtb.h src/base/diag.h src/dtoc.h \
  src/base/base.h src/model.h src/emit/emit.h src/resolve/resolve.h \
  src/scan/scan.h src/kbuild/kbuild.h

src/bindings/bindings.h:

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:

src/emit/emit.h:

src/resolve/resolve.h:

src/scan/scan.h:

src/kbuild/kbuild.h:
