/** The Provisions took effect on 15 February 2019 (国家互联网信息办公室令第3号: 自2019年2月15日起施行). */
export const CAC_2019_EFFECTIVE = "2019-02-15";
