build-clang/obj/scan/match.o: src/scan/match.c src/scan/lines.h \
  src/base/diag.h src/dtoc.h src/base/base.h

src/scan/lines.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:
