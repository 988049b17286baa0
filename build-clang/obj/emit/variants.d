build-clang/obj/emit/variants.o: src/emit/variants.c src/emit/variants.h \
  src/emit/emit.h src/resolve/resolve.h src/dtb/dtb.h src/base/diag.h \
  src/dtoc.h src/base/base.h src/model.h src/scan/scan.h \
  src/variant/variant.h

src/emit/variants.h:

src/emit/emit.h:

src/resolve/resolve.h:

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:

src/scan/scan.h:

src/variant/variant.h:
