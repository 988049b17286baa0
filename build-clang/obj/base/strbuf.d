build-clang/obj/base/strbuf.o: src/base/strbuf.c src/base/base.h

src/base/base.h:
