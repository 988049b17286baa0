/* SPDX-License-Identifier: GPL-2.0+ */
/* ACME meter, (c) François: Latin-1, not UTF-8 */

struct acme_meter_priv {
	int count;
};
