// SPDX-License-Identifier: GPL-2.0+
/* Test drivers: the hook log, failure injection and reading test data. */

#include <stdio.h>
#include <string.h>
#include <dm.h>
#include <rt-test.h>

/* Big enough for every hook of a full bind and probe of the test trees */
#define LOG_SIZE	16384

static char log_buf[LOG_SIZE];
static size_t log_len;
static bool log_overflow;

/* The failure rt_fail_set() asked for */
static struct {
	char who_hook[64];
	const char *tag;
	int err;
	int count;
} fail;

void rt_log_reset(void)
{
	log_len = 0;
	log_buf[0] = '\0';
	log_overflow = false;
}

const char *rt_log(void)
{
	/* A truncated log must not compare equal to anything expected */
	return log_overflow ? "(log overflow)" : log_buf;
}

static void log_add(const char *who, const char *hook, const char *tag)
{
	int n;

	n = snprintf(log_buf + log_len, LOG_SIZE - log_len, "%s%s.%s%s%s%s",
		     log_len ? " " : "", who, hook, tag ? "(" : "",
		     tag ? tag : "", tag ? ")" : "");
	if (n < 0 || (size_t)n >= LOG_SIZE - log_len) {
		log_overflow = true;
		log_buf[log_len] = '\0';
		return;
	}
	log_len += n;
}

void rt_fail_set(const char *who_hook, const char *tag, int err, int count)
{
	memset(&fail, '\0', sizeof(fail));
	if (!who_hook)
		return;
	snprintf(fail.who_hook, sizeof(fail.who_hook), "%s", who_hook);
	fail.tag = tag;
	fail.err = err;
	fail.count = count;
}

/* The injected error for this call, if any */
static int fail_result(const char *who, const char *hook, const char *tag)
{
	char name[64];

	if (!fail.count)
		return 0;
	snprintf(name, sizeof(name), "%s.%s", who, hook);
	if (strcmp(name, fail.who_hook))
		return 0;
	if (fail.tag && (!tag || strcmp(fail.tag, tag)))
		return 0;
	fail.count--;

	return fail.err;
}

int rt_hook(const char *who, const char *hook, const struct udevice *dev)
{
	const char *tag = dev ? rt_tag(dev) : NULL;

	log_add(who, hook, tag);

	return fail_result(who, hook, tag);
}

int rt_uc_hook(const char *hook, const struct uclass *uc)
{
	log_add(uc->uc_drv->name, hook, NULL);

	return fail_result(uc->uc_drv->name, hook, NULL);
}

void rt_get_info(const struct udevice *dev, struct rt_info *info)
{
	const struct rt_ops *ops = dev_get_driver_ops(dev);

	memset(info, '\0', sizeof(*info));
	if (!ops || !ops->info)
		info->tag = "root";	/* only root_driver has no test ops */
	else if (dev_get_plat(dev))	/* none if bound by a test, not dtoc */
		ops->info(dev, info);
}

const char *rt_tag(const struct udevice *dev)
{
	struct rt_info info;

	rt_get_info(dev, &info);

	return info.tag ? info.tag : "(none)";
}
