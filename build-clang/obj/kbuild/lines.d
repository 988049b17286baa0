build-clang/obj/kbuild/lines.o: src/kbuild/lines.c src/kbuild/kbuild.h \
  src/base/diag.h src/dtoc.h src/base/base.h

src/kbuild/kbuild.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:
