build-clang/obj/bindings/schema.o: src/bindings/schema.c \
  src/bindings/schema.h src/bindings/yaml.h src/base/diag.h src/dtoc.h \
  src/base/base.h src/dtb/dtb.h src/model.h

src/bindings/schema.h:

src/bindings/yaml.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/dtb/dtb.h:

src/model.h:
