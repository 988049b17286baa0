build-clang/obj/scan/lines.o: src/scan/lines.c src/scan/lines.h \
  src/base/diag.h src/dtoc.h src/base/base.h

src/scan/lines.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:
