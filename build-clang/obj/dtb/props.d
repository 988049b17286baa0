build-clang/obj/dtb/props.o: src/dtb/props.c src/base/diag.h src/dtoc.h \
  src/base/base.h src/dtb/dtb.h src/model.h

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/dtb/dtb.h:

src/model.h:
