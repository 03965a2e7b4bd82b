// jstat ships no type declarations (and there is no @types/jstat); these are the few functions
// calculators/hypothesis/distributions.ts uses. The module is CommonJS: `module.exports = jStat`.
declare module "jstat" {
  export const studentt: {
    /** P(T ≤ x) for Student's t with `dof` degrees of freedom. */
    cdf(x: number, dof: number): number;
    /** The p-quantile of Student's t with `dof` degrees of freedom. */
    inv(p: number, dof: number): number;
  };
  export const normal: {
    /** The p-quantile of the normal distribution with the given mean and standard deviation. */
    inv(p: number, mean: number, std: number): number;
  };
  /** The regularised incomplete beta function I_x(a, b). */
  export function ibeta(x: number, a: number, b: number): number;
}
