build-clang/obj/bindings/yaml.o: src/bindings/yaml.c src/bindings/yaml.h \
  src/base/diag.h src/dtoc.h src/base/base.h

src/bindings/yaml.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:
