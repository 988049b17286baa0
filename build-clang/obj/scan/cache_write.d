build-clang/obj/scan/cache_write.o: src/scan/cache_write.c \
  src/scan/cache-format.h src/scan/cache.h src/scan/parse.h \
  src/scan/scan.h src/base/diag.h src/dtoc.h src/base/base.h src/model.h

src/scan/cache-format.h:

src/scan/cache.h:

src/scan/parse.h:

src/scan/scan.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:
