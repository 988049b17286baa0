/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * U-Boot's logging, reduced to what its drivers call: errors and warnings
 * print through the board's printf(); debug() and log_debug() compile
 * (so their arguments are checked) and print nothing.
 */
#ifndef __UBC_LOG_H
#define __UBC_LOG_H

int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#define __ubc_quiet(fmt, ...) \
	do { if (0) printf(fmt, ##__VA_ARGS__); } while (0)

#define debug(fmt, ...)		__ubc_quiet(fmt, ##__VA_ARGS__)
#define log_debug(fmt, ...)	__ubc_quiet(fmt, ##__VA_ARGS__)
#define log_info(fmt, ...)	printf(fmt, ##__VA_ARGS__)
#define log_warning(fmt, ...)	printf(fmt, ##__VA_ARGS__)
#define log_err(fmt, ...)	printf(fmt, ##__VA_ARGS__)
#define log_msg_ret(_msg, _ret)	(_ret)
#define log_ret(_ret)		(_ret)

/* U-Boot checks assertions only in debug builds; this is not one */
#define assert(x)		((void)sizeof(!(x)))

#endif /* __UBC_LOG_H */
