build-clang/obj/kbuild/config.o: src/kbuild/config.c src/kbuild/kbuild.h \
  src/base/diag.h src/dtoc.h src/base/base.h

src/kbuild/kbuild.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:
