build-clang/obj/variant/load.o: src/variant/load.c src/variant/variant.h \
  src/dtb/dtb.h src/base/diag.h src/dtoc.h src/base/base.h src/model.h

src/variant/variant.h:

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:
