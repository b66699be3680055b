// Field paths as the action prints them: `vendor.name`, `items[2].amount`, `["Invoice No."]`.

/** `address.city`, or `["Invoice No."]` when the field name is not a plain identifier. */
export function keyPath(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

export function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}
