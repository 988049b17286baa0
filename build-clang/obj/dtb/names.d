build-clang/obj/dtb/names.o: src/dtb/names.c src/dtb/dtb.h \
  src/base/diag.h src/dtoc.h src/base/base.h src/model.h

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:
