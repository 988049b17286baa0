build-clang/obj/dtb/dtb.o: src/dtb/dtb.c src/dtb/dtb.h src/base/diag.h \
  src/dtoc.h src/base/base.h src/model.h

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:
