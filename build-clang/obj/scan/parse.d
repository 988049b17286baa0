build-clang/obj/scan/parse.o: src/scan/parse.c src/scan/lines.h \
  src/base/diag.h src/dtoc.h src/base/base.h src/scan/parse.h \
  src/scan/scan.h src/model.h

src/scan/lines.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/scan/parse.h:

src/scan/scan.h:

src/model.h:
