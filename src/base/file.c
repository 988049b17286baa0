// SPDX-License-Identifier: GPL-2.0+
/*
 * Reading a whole file: the blob, a binding, the scan cache, a Makefile.
 * (The walk reads the source tree its own way, on every core.)
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/base.h"

int read_regular_file(const char *path, char **bufp, size_t *lenp)
{
	/* (not blocking: a FIFO is refused, not waited on) */
	int fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	struct stat st;
	size_t len = 0;
	char *buf;
	int err;

	*bufp = NULL;
	if (fd < 0)
		return -errno;
	err = fstat(fd, &st) ? errno : S_ISDIR(st.st_mode) ? EISDIR :
	      !S_ISREG(st.st_mode) ? EINVAL : 0;
	if (err) {
		close(fd);
		return -err;
	}
	buf = xmalloc(st.st_size + 1);
	while (len < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + len, st.st_size - len);

		/* (untested: a signal, or a read error on a regular file
		 * that opened, from a failing disk or network file system;
		 * a test cannot make either happen at will) */
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			err = errno;
			close(fd);
			free(buf);
			return -err;
		}
		if (!n)
			break; /* it shrank meanwhile: what there is (a race
				* the tests do not stage) */
		len += n;
	}
	close(fd);
	buf[len] = '\0';
	*bufp = buf;
	*lenp = len;
	return 0;
}
