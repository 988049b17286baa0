build-clang/obj/resolve/seq.o: src/resolve/seq.c \
  src/resolve/resolve-internal.h src/bindings/bindings.h src/dtb/dtb.h \
  src/base/diag.h src/dtoc.h src/base/base.h src/model.h \
  src/resolve/resolve.h src/scan/scan.h

src/resolve/resolve-internal.h:

src/bindings/bindings.h:

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:

src/resolve/resolve.h:

src/scan/scan.h:
