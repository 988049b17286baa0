build-clang/obj/bindings/typing.o: src/bindings/typing.c \
  src/bindings/bindings.h src/dtb/dtb.h src/base/diag.h src/dtoc.h \
  src/base/base.h src/model.h src/bindings/schema.h src/bindings/yaml.h

src/bindings/bindings.h:

src/dtb/dtb.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:

src/model.h:

src/bindings/schema.h:

src/bindings/yaml.h:
