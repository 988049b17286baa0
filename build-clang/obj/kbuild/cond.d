build-clang/obj/kbuild/cond.o: src/kbuild/cond.c \
  src/kbuild/make-internal.h src/kbuild/kbuild.h src/base/diag.h \
  src/dtoc.h src/base/base.h

src/kbuild/make-internal.h:

src/kbuild/kbuild.h:

src/base/diag.h:

src/dtoc.h:

src/base/base.h:
