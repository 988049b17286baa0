/* SPDX-License-Identifier: GPL-2.0+ */
/* Network helpers, (c) Jörg: Latin-1, not UTF-8; nothing the case uses */

struct acme_in_addr {
	unsigned int s_addr;
};
