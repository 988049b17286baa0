build-clang/obj/scan/merge.o: src/scan/merge.c src/scan/merge.h \
  src/scan/walk.h src/scan/cache.h src/scan/parse.h src/scan/scan.h \
  src/base/diag.h src/dtoc.h src/base/base.h src/model.h \
  src/scan/lines.h

src/scan/merge.h:

src/scan/walk.h:

src/scan/cache.h:

src/scan/parse.h:

src/scan/scan.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:

src/scan/lines.h:
