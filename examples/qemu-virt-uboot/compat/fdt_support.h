/* SPDX-License-Identifier: GPL-2.0+ */
/* U-Boot's live-FDT fix-ups: of-platdata has no devicetree at run time */
