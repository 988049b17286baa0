build-clang/obj/dtb/value.o: src/dtb/value.c src/dtb/dtb.h \
  src/base/diag.h src/dtoc.h src/base/base.h src/model.h

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:
