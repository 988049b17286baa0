/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * ACME legacy device state (ISO-8859-1: © ACME)
 */

struct acme_legacy_priv {
	int mode;
};
