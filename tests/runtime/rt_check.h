/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * A small test harness for the runtime tests.
 *
 * CHECK_...() record a failure (with file and line, expected and actual)
 * and carry on; REQUIRE() also returns from the test function, for when
 * going on would crash. rt_run() runs a table of tests, calling
 * dm_uninit() after each so every test starts from nothing, prints one
 * line per test and a summary, and returns the exit status.
 */
#ifndef __RT_CHECK_H
#define __RT_CHECK_H

#include <stdbool.h>
#include <stddef.h>

struct udevice;

struct rt_test {
	const char *name;
	void (*fn)(void);
};

/* Record one check; return @ok */
bool rt_check(bool ok, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

#define CHECK(cond)							\
	rt_check(!!(cond), __FILE__, __LINE__, "%s", #cond)

#define CHECK_INT(expect, actual) ({					\
	long long __e = (expect), __a = (actual);			\
	rt_check(__e == __a, __FILE__, __LINE__,			\
		 "%s: expected %lld, got %lld", #actual, __e, __a);	\
})

#define CHECK_STR(expect, actual) ({					\
	const char *__e = (expect), *__a = (actual);			\
	rt_check(__e && __a && !strcmp(__e, __a), __FILE__, __LINE__,	\
		 "%s:\n  expected \"%s\"\n  got      \"%s\"", #actual,	\
		 __e ? __e : "(null)", __a ? __a : "(null)");		\
})

#define CHECK_PTR(expect, actual) ({					\
	const void *__e = (expect), *__a = (actual);			\
	rt_check(__e == __a, __FILE__, __LINE__,			\
		 "%s: expected %p, got %p", #actual, __e, __a);		\
})

/* Check, and leave the test function if the check failed */
#define REQUIRE(cond) do {						\
		if (!CHECK(cond))					\
			return;						\
	} while (0)

/*
 * Compare @text with the file @name in the expected-output directory, or
 * write it there when the environment has RT_REGEN=1.
 */
#define CHECK_FILE(name, text)						\
	rt_check_file(__FILE__, __LINE__, name, text)
bool rt_check_file(const char *file, int line, const char *name,
		   const char *text);

/*
 * Compare a hook log (see rt_log()) with an expected file that has one
 * entry per line, or write the file when RT_REGEN=1.
 */
#define CHECK_LOG_FILE(name, log)					\
	rt_check_log_file(__FILE__, __LINE__, name, log)
bool rt_check_log_file(const char *file, int line, const char *name,
		       const char *log);

/* Run the tests; return the exit status (0 if all passed) */
int rt_run(const char *prog, const struct rt_test *tests, int count);

/* The device with test tag @tag, found without probing; NULL if none */
struct udevice *rt_find(const char *tag);

/* Number of devices in the tree, the root included */
int rt_count_devices(void);

/* True if @ptr lies in the .priv_data section (dtoc -i's static data) */
bool rt_in_priv_data(const void *ptr);

#endif /* __RT_CHECK_H */
