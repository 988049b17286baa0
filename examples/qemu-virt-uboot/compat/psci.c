// SPDX-License-Identifier: GPL-2.0+
/*
 * The PSCI calls U-Boot's PSCI reset driver makes (<linux/psci.h>), for
 * the compat layer (uboot-config.h sets CONFIG_ARM_PSCI_FW).
 */

#include <linux/psci.h>

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
