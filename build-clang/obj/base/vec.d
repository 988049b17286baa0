build-clang/obj/base/vec.o: src/base/vec.c src/base/base.h

src/base/base.h:
