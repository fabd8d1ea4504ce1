import { cac2019 } from "../../seeds/cac-2019.js";

/** The Provisions took effect on 15 February 2019 (国家互联网信息办公室令第3号: 自2019年2月15日起施行), as the corpus records. */
export const CAC_2019_EFFECTIVE = cac2019.effective;
