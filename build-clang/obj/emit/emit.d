build-clang/obj/emit/emit.o: src/emit/emit.c src/emit/emit-internal.h \
  src/emit/emit.h src/resolve/resolve.h src/dtb/dtb.h src/base/diag.h \
  src/dtoc.h src/base/base.h src/model.h src/scan/scan.h \
  src/emit/templates.h src/emit/variants.h src/variant/variant.h

src/emit/emit-internal.h:

src/emit/emit.h:

src/resolve/resolve.h:

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:

src/scan/scan.h:

src/emit/templates.h:

src/emit/variants.h:

src/variant/variant.h:
