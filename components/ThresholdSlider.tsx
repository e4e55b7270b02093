/** Slider step (score units): twenty stops between 0 and 1 are as fine as the noise scores are meaningful. */
const THRESHOLD_STEP = 0.05;

interface ThresholdSliderProps {
  /** Id of the input, for the caller's `<label for>` and the `<output for>`. */
  id: string;
  value: number;
  onChange: (value: number) => void;
}

/** The noise-threshold slider (0–1) with its value shown beside it; the caller supplies the label. */
export function ThresholdSlider({ id, value, onChange }: ThresholdSliderProps) {
  return (
    <div class="sl-row">
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step={THRESHOLD_STEP}
        value={value}
        aria-valuetext={value.toFixed(2)}
        onInput={(event) => onChange(Number(event.currentTarget.value))}
      />
      <output for={id}>{value.toFixed(2)}</output>
    </div>
  );
}
