// Writes one archive object to R2 line by line without holding it whole: below R2's 5 MiB minimum part it
// is one put, above it a multipart upload of 5 MiB parts (a day of a busy deployment can be large).
const PART_BYTES = 5 * 1024 * 1024;

export class ArchiveObjectWriter {
  private readonly encoder = new TextEncoder();
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private upload: R2MultipartUpload | null = null;
  private readonly parts: R2UploadedPart[] = [];

  constructor(
    private readonly bucket: R2Bucket,
    private readonly key: string,
    private readonly options: R2PutOptions,
  ) {}

  async write(text: string): Promise<void> {
    const bytes = this.encoder.encode(text);
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    if (this.pendingBytes >= PART_BYTES) await this.flushPart();
  }

  private takePending(): Uint8Array {
    const joined = new Uint8Array(this.pendingBytes);
    let offset = 0;
    for (const chunk of this.pending) {
      joined.set(chunk, offset);
      offset += chunk.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
    return joined;
  }

  private async flushPart(): Promise<void> {
    this.upload ??= await this.bucket.createMultipartUpload(this.key, this.options);
    this.parts.push(await this.upload.uploadPart(this.parts.length + 1, this.takePending()));
  }

  async finish(): Promise<void> {
    if (!this.upload) {
      await this.bucket.put(this.key, this.takePending(), this.options);
      return;
    }
    if (this.pendingBytes > 0) await this.flushPart();
    await this.upload.complete(this.parts);
  }

  async abort(): Promise<void> {
    await this.upload?.abort();
  }
}
