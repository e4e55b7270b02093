// Readability's readerable test ships as its own CommonJS file: importing it alone keeps the ~20 kB parser out of the
// detection bundle. The package types only its index, so this names the file's default export.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable as IsProbablyReaderable } from '@mozilla/readability';
  const isProbablyReaderable: typeof IsProbablyReaderable;
  export default isProbablyReaderable;
}
