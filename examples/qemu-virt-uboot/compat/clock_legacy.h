/* SPDX-License-Identifier: GPL-2.0+ */
/* U-Boot's legacy clock calls: none is used by driver-model drivers */
