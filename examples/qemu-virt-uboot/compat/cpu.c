// SPDX-License-Identifier: GPL-2.0+
/*
 * What U-Boot's drivers and uclasses take from U-Boot's CPU code, for the
 * compat layer: stopping (hang()) and waiting (udelay(), on the ARM
 * generic timer, which QEMU's virt machine has).
 */

#include <hang.h>
#include <linux/delay.h>
#include <linux/types.h>

void hang(void)
{
	for (;;)
		__asm__ volatile("wfi");
}

static u64 timer_count(void)
{
	u64 val;

	__asm__ volatile("isb; mrs %0, cntvct_el0" : "=r"(val));
	return val;
}

void udelay(unsigned long usec)
{
	u64 freq, end;

	__asm__ volatile("mrs %0, cntfrq_el0" : "=r"(freq));
	end = timer_count() + usec * freq / 1000000;
	while (timer_count() < end)
		;
}
