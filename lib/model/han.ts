/** Whether a UTF-16 code unit is a Han character (CJK unified ideographs, extension A, compatibility). */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whether a character (or undefined, past the end of a text) is Han. */
export const isHan = (c: string | undefined): boolean =>
  c !== undefined && c.length > 0 && isHanCode(c.charCodeAt(0));
