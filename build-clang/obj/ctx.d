build-clang/obj/ctx.o: src/ctx.c src/base/diag.h src/dtoc.h \
  src/base/base.h src/dtb/dtb.h src/model.h src/scan/scan.h

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/dtb/dtb.h:

src/model.h:

src/scan/scan.h:
