build-clang/obj/bindings/index.o: src/bindings/index.c \
  src/bindings/yaml.h src/base/diag.h src/dtoc.h src/base/base.h

src/bindings/yaml.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:
