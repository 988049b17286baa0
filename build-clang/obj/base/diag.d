build-clang/obj/base/diag.o: src/base/diag.c src/base/diag.h src/dtoc.h \
  src/base/base.h

src/base/diag.h:

src/dtoc.h:

src/base/base.h:
