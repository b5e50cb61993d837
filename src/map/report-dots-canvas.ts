import { mercatorX, mercatorY } from "../core/view/dot-picker";

/** One dot per report, as the GPU draws it. */
export interface DotData {
  lons: Float64Array;
  lats: Float64Array;
  /** Radius in pixels at full size, outline excluded. */
  radiusPx: Float32Array;
  /** Fill colour, 3 bytes a dot (RGB). */
  rgb: Uint8Array;
}

const VERTEX = `#version 300 es
in vec2 a_pos;
in vec3 a_color;
in float a_radius;
in float a_shown;
uniform mat4 u_matrix;
uniform float u_scale;
uniform float u_stroke;
uniform float u_dpr;
out vec3 v_color;
out float v_outer;
out float v_inner;
void main() {
  if (a_shown < 0.5) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
    gl_PointSize = 0.0;
    return;
  }
  v_inner = a_radius * u_scale;
  v_outer = v_inner + u_stroke;
  gl_PointSize = 2.0 * (v_outer + 0.5) * u_dpr;
  gl_Position = u_matrix * vec4(a_pos, 0.0, 1.0);
  v_color = a_color;
}`;

const FRAGMENT = `#version 300 es
precision mediump float;
in vec3 v_color;
in float v_outer;
in float v_inner;
uniform float u_opacity;
out vec4 fragColor;
void main() {
  float d = length(gl_PointCoord * 2.0 - 1.0) * (v_outer + 0.5);
  float edge = clamp(v_outer + 0.5 - d, 0.0, 1.0);
  if (edge <= 0.0) discard;
  float fill = clamp(v_inner + 0.5 - d, 0.0, 1.0);
  fragColor = vec4(mix(vec3(1.0), v_color, fill), 1.0) * (edge * u_opacity);
}`;

/** The User Timing mark set after each draw of dots on screen. */
export const DRAWN_MARK = "report-dots-drawn";

/** Outline width in pixels where dots are drawn full size (as the circle layer's stroke). */
export const STROKE_PX = 1.2;

/**
 * Dots shrink at low zoom, where thousands of them overlap: to a quarter at
 * zoom 6 and below, full size from zoom 10. Also what a click is measured against.
 */
export function dotScale(zoom: number): number {
  return Math.min(1, Math.max(0.25, 0.25 + (0.75 * (zoom - 6)) / 4));
}

/** The white outline, scaled with the dot; none on small dots, where it would be all there is to see. */
export function dotStroke(scale: number): number {
  return scale >= 0.6 ? STROKE_PX * scale : 0;
}

function compile(gl: WebGL2RenderingContext, type: number, source: string): WebGLShader {
  const shader = gl.createShader(type)!;
  gl.shaderSource(shader, source);
  gl.compileShader(shader);
  if (!gl.getShaderParameter(shader, gl.COMPILE_STATUS)) throw new Error(`Report dots shader: ${gl.getShaderInfoLog(shader) ?? "did not compile"}`);
  return shader;
}

/**
 * Many reports as dots, drawn by WebGL in a canvas of their own over the
 * map's, with a byte per report saying whether the filters show it. A filter
 * change uploads those bytes and redraws this canvas alone: no tiles are cut
 * again (as a filter on a GeoJSON layer would, hundreds of milliseconds for
 * 100,000 reports) and the basemap is not drawn again.
 */
export class ReportDotsCanvas {
  readonly canvas: HTMLCanvasElement;
  private readonly gl: WebGL2RenderingContext | null;
  private readonly program: WebGLProgram | null = null;
  private readonly vao: WebGLVertexArrayObject | null = null;
  private readonly buffers: { pos: WebGLBuffer; color: WebGLBuffer; radius: WebGLBuffer; shown: WebGLBuffer } | null = null;
  private readonly uniforms: Record<string, WebGLUniformLocation | null> = {};
  private count = 0;
  private origin: [number, number] = [0, 0];
  private camera: { matrix: Float64Array; zoom: number } | null = null;
  private frame = 0;
  /** Something other than the camera changed since the last draw. */
  private dirty = true;
  visible = true;

  /** `pixelRatio`: the map's (a snapshot raises it for a while), so that the dots stay the map's size. */
  constructor(
    container: HTMLElement,
    private readonly pixelRatio: () => number = () => window.devicePixelRatio || 1,
  ) {
    this.canvas = document.createElement("canvas");
    this.canvas.className = "report-dots-canvas";
    this.canvas.setAttribute("aria-hidden", "true");
    Object.assign(this.canvas.style, { position: "absolute", left: "0", top: "0", width: "100%", height: "100%", pointerEvents: "none" });
    container.appendChild(this.canvas);
    const gl = this.canvas.getContext("webgl2", { premultipliedAlpha: true, antialias: false, preserveDrawingBuffer: true });
    this.gl = gl;
    if (!gl) return;
    const program = gl.createProgram()!;
    gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERTEX));
    gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAGMENT));
    gl.linkProgram(program);
    if (!gl.getProgramParameter(program, gl.LINK_STATUS)) throw new Error(`Report dots program: ${gl.getProgramInfoLog(program) ?? "did not link"}`);
    this.program = program;
    for (const name of ["u_matrix", "u_scale", "u_stroke", "u_dpr", "u_opacity"]) this.uniforms[name] = gl.getUniformLocation(program, name);
    this.buffers = { pos: gl.createBuffer()!, color: gl.createBuffer()!, radius: gl.createBuffer()!, shown: gl.createBuffer()! };
    this.vao = gl.createVertexArray();
    gl.bindVertexArray(this.vao);
    const attribute = (name: string, buffer: WebGLBuffer, size: number, type: number, normalized: boolean) => {
      const location = gl.getAttribLocation(program, name);
      gl.bindBuffer(gl.ARRAY_BUFFER, buffer);
      gl.enableVertexAttribArray(location);
      gl.vertexAttribPointer(location, size, type, normalized, 0, 0);
    };
    attribute("a_pos", this.buffers.pos, 2, gl.FLOAT, false);
    attribute("a_color", this.buffers.color, 3, gl.UNSIGNED_BYTE, true);
    attribute("a_radius", this.buffers.radius, 1, gl.FLOAT, false);
    attribute("a_shown", this.buffers.shown, 1, gl.UNSIGNED_BYTE, false);
    gl.bindVertexArray(null);
    gl.enable(gl.BLEND);
    gl.blendFunc(gl.ONE, gl.ONE_MINUS_SRC_ALPHA);
  }

  /** The dots to draw (all of them, all shown until `setShown`). */
  setData(data: DotData): void {
    const gl = this.gl;
    const n = data.lons.length;
    this.count = n;
    if (!gl || !this.buffers) return;
    // Positions from an origin among the dots: float32 keeps them to a few centimetres.
    this.origin = n > 0 ? [mercatorX(data.lons[0]!), mercatorY(data.lats[0]!)] : [0, 0];
    const pos = new Float32Array(n * 2);
    for (let i = 0; i < n; i++) {
      pos[2 * i] = mercatorX(data.lons[i]!) - this.origin[0];
      pos[2 * i + 1] = mercatorY(data.lats[i]!) - this.origin[1];
    }
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.pos);
    gl.bufferData(gl.ARRAY_BUFFER, pos, gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.color);
    gl.bufferData(gl.ARRAY_BUFFER, data.rgb, gl.STATIC_DRAW);
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.radius);
    gl.bufferData(gl.ARRAY_BUFFER, data.radiusPx, gl.STATIC_DRAW);
    this.setShown(new Uint8Array(n).fill(1));
  }

  /** One byte a dot, in `setData`'s order: 0 hides it. Redraws at the next frame. */
  setShown(shown: Uint8Array): void {
    const gl = this.gl;
    if (!gl || !this.buffers) return;
    gl.bindBuffer(gl.ARRAY_BUFFER, this.buffers.shown);
    gl.bufferData(gl.ARRAY_BUFFER, shown, gl.DYNAMIC_DRAW);
    this.dirty = true;
    this.redraw();
  }

  setVisible(visible: boolean): void {
    if (visible === this.visible) return;
    this.visible = visible;
    this.dirty = true;
    this.redraw();
  }

  /**
   * Draws with the map's camera now (the map has just drawn a frame with it);
   * nothing when neither the camera nor the dots changed (MapLibre draws a
   * frame for each tile that arrives).
   */
  drawWith(matrix: ArrayLike<number>, zoom: number, visible: boolean): void {
    if (visible !== this.visible) this.dirty = true;
    this.visible = visible;
    const last = this.camera;
    const same = last !== null && last.zoom === zoom && last.matrix.every((v, i) => v === matrix[i]);
    if (same && !this.dirty && !this.resized()) return;
    this.camera = { matrix: Float64Array.from(matrix), zoom };
    cancelAnimationFrame(this.frame);
    this.draw();
  }

  private resized(): boolean {
    const dpr = this.pixelRatio();
    return this.canvas.width !== Math.round(this.canvas.clientWidth * dpr) || this.canvas.height !== Math.round(this.canvas.clientHeight * dpr);
  }

  /** Draws again at the next frame with the last camera (the dots or their filter changed, not the map). */
  redraw(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => this.draw());
  }

  private draw(): void {
    const gl = this.gl;
    if (!gl || !this.program) return;
    const dpr = this.pixelRatio();
    const width = Math.round(this.canvas.clientWidth * dpr);
    const height = Math.round(this.canvas.clientHeight * dpr);
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
    }
    this.dirty = false;
    gl.viewport(0, 0, width, height);
    gl.clearColor(0, 0, 0, 0);
    gl.clear(gl.COLOR_BUFFER_BIT);
    if (!this.visible || !this.camera || this.count === 0) return;
    const scale = dotScale(this.camera.zoom);
    gl.useProgram(this.program);
    gl.uniformMatrix4fv(this.uniforms.u_matrix!, false, worldMatrix(this.camera.matrix, 512 * 2 ** this.camera.zoom, this.origin));
    gl.uniform1f(this.uniforms.u_scale!, scale);
    gl.uniform1f(this.uniforms.u_stroke!, dotStroke(scale));
    gl.uniform1f(this.uniforms.u_dpr!, dpr);
    gl.uniform1f(this.uniforms.u_opacity!, 0.85);
    gl.bindVertexArray(this.vao);
    gl.drawArrays(gl.POINTS, 0, this.count);
    gl.bindVertexArray(null);
    // For tests and the benchmark (User Timing): the dots as drawn now. One mark at a time.
    performance.clearMarks(DRAWN_MARK);
    performance.mark(DRAWN_MARK);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.canvas.remove();
  }
}

/**
 * MapLibre's matrix takes world pixels; the dots are Mercator units from an
 * origin. Scaling and translating in float64 before the cast keeps a dot
 * where it belongs at street zoom.
 */
function worldMatrix(m: ArrayLike<number>, worldPx: number, [ox, oy]: [number, number]): Float32Array {
  const out = new Float32Array(16);
  for (let r = 0; r < 4; r++) {
    out[r] = m[r]! * worldPx;
    out[4 + r] = m[4 + r]! * worldPx;
    out[8 + r] = m[8 + r]!;
    out[12 + r] = m[r]! * worldPx * ox + m[4 + r]! * worldPx * oy + m[12 + r]!;
  }
  return out;
}
