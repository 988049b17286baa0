build-clang/obj/emit/report.o: src/emit/report.c src/emit/diagnostics.h \
  src/emit/emit.h src/resolve/resolve.h src/dtb/dtb.h src/base/diag.h \
  src/dtoc.h src/base/base.h src/model.h src/scan/scan.h \
  src/variant/variant.h src/kbuild/kbuild.h

src/emit/diagnostics.h:

src/emit/emit.h:

src/resolve/resolve.h:

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:

src/scan/scan.h:

src/variant/variant.h:

src/kbuild/kbuild.h:
