/* SPDX-License-Identifier: GPL-2.0+ */
/*
 * A value only a header defines: dtoc -i copies RT_SERIAL_DATA into the
 * serial devices' .driver_data, so dt-device.c needs this header; the
 * driver names it with DM_HEADER().
 */
#ifndef __RT_SERIAL_H
#define __RT_SERIAL_H

#define RT_SERIAL_DATA	7

#endif /* __RT_SERIAL_H */
