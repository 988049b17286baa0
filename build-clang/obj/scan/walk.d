build-clang/obj/scan/walk.o: src/scan/walk.c src/scan/walk.h \
  src/scan/cache.h src/scan/parse.h src/scan/scan.h src/base/diag.h \
  src/dtoc.h src/base/base.h src/model.h

src/scan/walk.h:

src/scan/cache.h:

src/scan/parse.h:

src/scan/scan.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:
