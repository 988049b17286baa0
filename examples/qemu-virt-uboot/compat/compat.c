// SPDX-License-Identifier: GPL-2.0+
/*
 * The compat layer's code for U-Boot's drivers on the runtime: global
 * data, malloc(), the PSCI calls, the RTC's date conversion, and the
 * dev_read_*() default. Written for this project; see uboot-config.h.
 */

#include <dm.h>
#include <malloc.h>
#include <dm/board.h>
#include <rtc.h>
#include <asm/global_data.h>
#include <linux/psci.h>

gd_t ubc_gd = {
	.baudrate	= CONFIG_BAUDRATE,
};

/*
 * U-Boot's allocator, as SPL's simple one: the board's (a bump allocator
 * on this firmware, which never frees)
 */
void *malloc(size_t size)
{
	return board_calloc(1, size);
}

void *calloc(size_t nmemb, size_t size)
{
	return board_calloc(nmemb, size);
}

void free(void *ptr)
{
	board_free(ptr);
}

/* Without a devicetree there is no reg to read: U-Boot's answer then */
__weak fdt_addr_t dev_read_addr(const struct udevice *dev)
{
	return FDT_ADDR_T_NONE;
}

/* QEMU's virt machine gives PSCI through HVC ("method" in its /psci) */
unsigned long invoke_psci_fn(unsigned long a0, unsigned long a1,
			     unsigned long a2, unsigned long a3)
{
	register unsigned long x0 __asm__("x0") = a0;
	register unsigned long x1 __asm__("x1") = a1;
	register unsigned long x2 __asm__("x2") = a2;
	register unsigned long x3 __asm__("x3") = a3;

	__asm__ volatile("hvc #0" : "+r"(x0), "+r"(x1), "+r"(x2), "+r"(x3)
			 : : "memory");

	return x0;
}

void psci_sys_reset(u32 type)
{
	invoke_psci_fn(PSCI_0_2_FN_SYSTEM_RESET, 0, 0, 0);
}

void psci_sys_poweroff(void)
{
	invoke_psci_fn(PSCI_0_2_FN_SYSTEM_OFF, 0, 0, 0);
}

/* Days from 1970-01-01 to @y-@m-@d (proleptic Gregorian, m 1..12) */
static s64 days_from_epoch(int y, int m, int d)
{
	s64 era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

time64_t rtc_mktime(const struct rtc_time *tm)
{
	return days_from_epoch(tm->tm_year, tm->tm_mon, tm->tm_mday) * 86400 +
	       tm->tm_hour * 3600 + tm->tm_min * 60 + tm->tm_sec;
}

void rtc_to_tm(u64 secs, struct rtc_time *tm)
{
	s64 days = secs / 86400, day0 = days, era, doe, yoe, doy, mp;
	u32 rem = secs % 86400;

	tm->tm_hour = rem / 3600;
	tm->tm_min = rem / 60 % 60;
	tm->tm_sec = rem % 60;
	tm->tm_wday = (4 + days) % 7;	/* 1970-01-01 was a Thursday */
	days += 719468;
	era = days / 146097;
	doe = days - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	tm->tm_mday = doy - (153 * mp + 2) / 5 + 1;
	tm->tm_mon = mp < 10 ? mp + 3 : mp - 9;
	tm->tm_year = yoe + era * 400 + (tm->tm_mon <= 2);
	tm->tm_yday = day0 - days_from_epoch(tm->tm_year, 1, 1);
	tm->tm_isdst = 0;
}
