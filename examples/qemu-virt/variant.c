// SPDX-License-Identifier: GPL-2.0+
/*
 * The QEMU virt board's variants: board_select_variant() (overriding the
 * runtime's weak one) reads the variant from the semihosting command
 * line, which QEMU gives as
 *
 *	-semihosting-config enable=on,target=native,arg=variant=NAME
 *
 * A word "variant=NAME" on the line chooses the variant of that name
 * (as given to dtoc --variant) or number; none chooses the base (QEMU
 * then gives the kernel's file name as the line). An unknown name makes
 * dm_init() fail with -EINVAL. Linked only into the images dtoc built
 * with --variant (build/qemu-virt/var-{plain,inst}/fw.elf).
 */

#include <dm/variant.h>
#include <linux/kernel.h>
#include <linux/errno.h>
#include <qemu-virt/board.h>
#include <qemu-virt/variant.h>

#define SYS_GET_CMDLINE		0x15

static const struct qv_variant variants[] = {
	{ "base",	"clk24mhz", 24000000, true },
	{ "nogpio",	"clk24mhz", 24000000, false },
	{ "clk48",	"clk48mhz", 48000000, true },
};

const struct qv_variant *qv_variant(void)
{
	const char *name = dm_variant_name(dm_variant());
	uint i;

	for (i = 0; name && i < ARRAY_SIZE(variants); i++) {
		if (!strcmp(variants[i].name, name))
			return &variants[i];
	}

	return NULL;
}

/* SYS_GET_CMDLINE: { buffer, size } in, the line (NUL-terminated) out */
static int semihosting_cmdline(char *buf, size_t size)
{
	unsigned long block[2] = { (unsigned long)buf, size };
	register unsigned long x0 __asm__("x0") = SYS_GET_CMDLINE;
	register unsigned long x1 __asm__("x1") = (unsigned long)block;

	__asm__ volatile("hlt #0xf000" : "+r"(x0) : "r"(x1) : "memory");

	return x0 ? -EIO : 0;
}

/* The variant numbered or named by @s (up to a space or the end) */
static int variant_by_word(const char *s, size_t len)
{
	int i, n = 0;

	for (i = 0; i < (int)len && s[i] >= '0' && s[i] <= '9'; i++)
		n = n * 10 + (s[i] - '0');
	if (len && i == (int)len)
		return n;	/* out of range: dm_init() gives -EINVAL */
	for (i = 0; i < dm_variant_count(); i++) {
		const char *name = dm_variant_name(i);

		if (strlen(name) == len && !memcmp(name, s, len))
			return i;
	}
	printf("FAIL: no variant '");
	for (i = 0; i < (int)len; i++)
		printf("%c", s[i]);
	printf("'\n");

	return -EINVAL;
}

int board_select_variant(void)
{
	static const char key[] = "variant=";
	static char cmdline[256];
	const char *p = cmdline;

	if (semihosting_cmdline(cmdline, sizeof(cmdline))) {
		printf("FAIL: semihosting SYS_GET_CMDLINE\n");
		return -EIO;
	}
	while (*p) {
		const char *end;

		while (*p == ' ')
			p++;
		for (end = p; *end && *end != ' '; end++)
			;
		if ((size_t)(end - p) >= sizeof(key) - 1 &&
		    !memcmp(p, key, sizeof(key) - 1))
			return variant_by_word(p + sizeof(key) - 1,
					       end - p - (sizeof(key) - 1));
		p = end;
	}

	return 0;
}
