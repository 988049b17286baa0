build-clang/obj/emit/output.o: src/emit/output.c src/emit/emit.h \
  src/resolve/resolve.h src/dtb/dtb.h src/base/diag.h src/dtoc.h \
  src/base/base.h src/model.h src/scan/scan.h

src/emit/emit.h:

src/resolve/resolve.h:

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:

src/scan/scan.h:
